import { formatLength, formatWeight, type UnitSystem } from '@sixstep/domain';
import { formatDay } from '@/components/client/format';
import { LinkedText } from '@/components/messages/linked-text';
import type { CheckinDetail } from './api-types';
import styles from './checkin-details.module.css';

const SCALES = [
  ['energy', 'Energy'],
  ['hunger', 'Hunger'],
  ['sleep', 'Sleep'],
  ['stress', 'Stress'],
] as const;

/** One check-in as the coach reads it: measurements in the coach's unit, answers, words, photos. */
export function CheckinDetails({ checkin, unit }: { checkin: CheckinDetail; unit: UnitSystem }) {
  const measures = [
    ['Body weight', checkin.weightKg === null ? null : formatWeight(checkin.weightKg, unit)],
    ['Waist', checkin.waistCm === null ? null : formatLength(checkin.waistCm, unit)],
    ['Hips', checkin.hipsCm === null ? null : formatLength(checkin.hipsCm, unit)],
    ['Chest', checkin.chestCm === null ? null : formatLength(checkin.chestCm, unit)],
  ] as const;
  return (
    <>
      <p className="muted">
        Week {checkin.week}, filled in {formatDay(checkin.date)}
      </p>
      <dl className={styles.facts}>
        {measures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value ?? '–'}</dd>
          </div>
        ))}
        {SCALES.map(([key, label]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd>{checkin[key]} / 5</dd>
          </div>
        ))}
      </dl>
      {(
        [
          ['A win', checkin.win],
          ['A struggle', checkin.struggle],
          ['Question', checkin.question],
        ] as const
      ).map(([label, text]) =>
        text ? (
          <div key={label}>
            <h3>{label}</h3>
            <p className={styles.words}>
              <LinkedText text={text} />
            </p>
          </div>
        ) : null,
      )}
      {checkin.photos.length > 0 && (
        <div className={styles.photos}>
          {checkin.photos.map((photo) => (
            <figure key={photo.id}>
              <a href={`/api/photos/${photo.id}?size=full`}>
                <img
                  src={`/api/photos/${photo.id}?size=thumb`}
                  alt={`${photo.pose} photo of ${formatDay(photo.takenOn)}`}
                  width={160}
                  height={213}
                />
              </a>
              <figcaption>{photo.pose}</figcaption>
            </figure>
          ))}
        </div>
      )}
    </>
  );
}

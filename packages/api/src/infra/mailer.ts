import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** True when mail is really sent; false means the caller must show the link instead. */
  readonly enabled: boolean;
  send(mail: Mail): Promise<void>;
}

/** SMTP when SMTP_URL is configured; otherwise no mail and the coach copies the link. */
export function createMailer(
  smtpUrl = process.env.SMTP_URL,
  from = process.env.MAIL_FROM ?? 'Sixstep <no-reply@sixstep.local>',
): Mailer {
  if (!smtpUrl) return { enabled: false, send: async () => {} };
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    enabled: true,
    send: async (mail) => {
      await transport.sendMail({ from, ...mail });
    },
  };
}

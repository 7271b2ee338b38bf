/** Cookie carrying the browser's IANA time zone, so the server knows the client's "today". */
export const TIME_ZONE_COOKIE = 'sixstep-tz';

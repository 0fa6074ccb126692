// Where links in emails point: the gateway's public URL, set once when the mailer is created
// (emails are rendered inside transactions that have no access to the configuration).
let publicUrl = process.env.PUBLIC_URL ?? 'http://localhost:4000';

export function setMailPublicUrl(url: string) {
  publicUrl = url.replace(/\/+$/, '');
}

export function mailPublicUrl(): string {
  return publicUrl;
}

// The member's photo on /profil: the current face (photo or initials), "choose a photo" (sent at
// once to POST /photos, which resizes it and strips its metadata; see apps/gateway/src/photos/)
// and "remove". The 5 MB limit is checked here too, before anything is sent. Afterwards the
// viewer is read again so every avatar of the member (header, cards) shows the new face.
import './catalogue.ts';
import { ViewerDocument } from '@ekoacteurs/client';
import { Avatar, LiveStatus, type CatalogueKey } from '@ekoacteurs/ui';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useClient } from 'urql';

/** The server's limit (apps/gateway/src/photos/process.ts). */
const MAX_BYTES = 5 * 1024 * 1024;
const ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,image/heif,image/avif,image/gif';
/** The server's refusals this field explains (others read "failed"). */
const ERROR_KEYS: Partial<Record<string, CatalogueKey>> = {
  PHOTO_TOO_LARGE: 'profile.photo.error.PHOTO_TOO_LARGE',
  PHOTO_NOT_AN_IMAGE: 'profile.photo.error.PHOTO_NOT_AN_IMAGE',
};

export function PhotoField({
  name,
  photoUrl,
  onChange,
}: {
  name: string;
  photoUrl: string | null;
  onChange: (url: string | null) => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function send(method: 'POST' | 'DELETE', file?: File) {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const response = await fetch('/photos', {
        method,
        credentials: 'same-origin',
        headers: { 'x-graphql-client': 'portal', ...(file ? { 'content-type': file.type || 'image/unknown' } : {}) },
        body: file,
      });
      if (!response.ok) {
        const code = ((await response.json().catch(() => null)) as { error?: { code?: string } } | null)?.error?.code;
        setError(t((code && ERROR_KEYS[code]) || 'profile.photo.error.failed'));
        return;
      }
      const url = method === 'POST' ? ((await response.json()) as { avatarUrl: string }).avatarUrl : null;
      onChange(url);
      setStatus(t(method === 'POST' ? 'profile.photo.saved' : 'profile.photo.removed'));
      await client.query(ViewerDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    } catch {
      setError(t('profile.photo.error.failed'));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  function chosen(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setStatus(null);
      setError(t('profile.photo.error.PHOTO_TOO_LARGE'));
      event.target.value = '';
      return;
    }
    void send('POST', file);
  }

  return (
    <div className="photo-field">
      <Avatar name={name} photoUrl={photoUrl} size="lg" />
      <div className="field">
        <label htmlFor="profile-photo">{photoUrl ? t('profile.photo.change') : t('profile.photo.choose')}</label>
        <p id="profile-photo-hint" className="hint muted">
          {t('profile.photo.hint')}
        </p>
        <input
          ref={input}
          id="profile-photo"
          type="file"
          accept={ACCEPT}
          onChange={chosen}
          disabled={busy}
          aria-invalid={!!error}
          aria-describedby={error ? 'profile-photo-hint profile-photo-error' : 'profile-photo-hint'}
        />
        {error && (
          <p id="profile-photo-error" className="field-error" role="alert">
            {error}
          </p>
        )}
        {photoUrl && (
          <p className="actions">
            <button type="button" className="secondary" onClick={() => void send('DELETE')} disabled={busy}>
              {t('profile.photo.remove')}
            </button>
          </p>
        )}
        <LiveStatus message={busy ? t('profile.photo.sending') : status} />
      </div>
    </div>
  );
}

// 404 (never existed) and 410 (was public, no longer is): a short explanation and a way on.
import { paths } from '../urls.ts';
import { useEnv } from './env.tsx';

export function ErrorPage({ kind }: { kind: 'missing' | 'gone' | 'gone-workshop' }) {
  const { t, href } = useEnv();
  const missing = kind === 'missing';
  return (
    <>
      <h1>{missing ? t('errors.notFoundTitle') : t('errors.goneTitle')}</h1>
      <p>{missing ? t('errors.notFound') : kind === 'gone-workshop' ? t('errors.goneWorkshop') : t('errors.gone')}</p>
      <p className="actions">
        <a className="button" href={href(paths.home)}>
          {t('errors.backHome')}
        </a>
        <a className="button secondary" href={href(paths.directory)}>
          {t('site.directory')}
        </a>
      </p>
    </>
  );
}

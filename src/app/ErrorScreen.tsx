import { useT } from '../i18n/use-t';

export function ErrorScreen({ retry }: { retry: () => void }) {
  const t = useT();
  return (
    <section className="part" role="alert">
      <h2>{t('app.error.title')}</h2>
      <p>{t('app.error.body')}</p>
      <button type="button" className="button-primary" onClick={retry}>
        {t('app.error.retry')}
      </button>
    </section>
  );
}

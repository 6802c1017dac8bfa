import type { ReactNode } from 'react';
import { APP_NAME, APP_SUBTITLE } from '../../i18n/zh-CN';
import styles from './AuthShell.module.css';

/**
 * The frame of the pages a user sees before entering the workspace, and of the public pages (a ballot): the brand
 * band and one centred card, wider when it holds a long form.
 */
export function AuthShell({ title, children, footer, wide }: { title: string; children: ReactNode; footer?: ReactNode; wide?: boolean }) {
  return (
    <div className={styles.page}>
      <header className={styles.brand}>
        <div className={styles.mark} aria-hidden="true">
          担
        </div>
        <div>
          <h1 className={styles.name}>{APP_NAME}</h1>
          <p className={styles.subtitle}>{APP_SUBTITLE}</p>
        </div>
      </header>
      <main className={styles.main}>
        <section className={wide ? `${styles.card} ${styles.wide}` : styles.card} aria-labelledby="auth-card-title">
          <h2 id="auth-card-title" className={styles.title}>
            {title}
          </h2>
          {children}
        </section>
      </main>
      {footer && <footer className={styles.footer}>{footer}</footer>}
    </div>
  );
}

import type { IssuedCodes } from '@dandang/shared/assessment/ballot.schema';
import { RATER_GROUP_LABELS } from '@dandang/shared/assessment/scheme.schema';
import { Alert, Button, Modal, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import styles from './CodeSheet.module.css';

/** Where a code's QR leads: the ballot page with the code filled in. */
export const ballotLink = (code: string) => `${window.location.origin}/ballot/${code}`;

/**
 * The codes just made, as slips to print and hand out (a QR code to the ballot and the code to type). They are shown
 * this once: the server keeps only their hashes.
 */
export function CodeSheetModal({ issued, onClose }: { issued: IssuedCodes; onClose: () => void }) {
  const [images, setImages] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    Promise.all(issued.codes.map(async ({ code }) => [code, await QRCode.toDataURL(ballotLink(code), { margin: 1, width: 240 })] as const)).then((pairs) => {
      if (live) setImages(Object.fromEntries(pairs));
    });
    return () => {
      live = false;
    };
  }, [issued]);
  return (
    <Modal
      open
      width={900}
      title={`${issued.unitName} 民主测评测评码（共 ${issued.codes.length} 个）`}
      onCancel={onClose}
      footer={[
        <Button key="print" type="primary" onClick={() => window.print()}>
          打印测评码
        </Button>,
        <Button key="close" onClick={onClose}>
          关闭
        </Button>,
      ]}
      destroyOnHidden
      maskClosable={false}
    >
      <Alert type="warning" showIcon style={{ marginBottom: 12 }} message="测评码只显示这一次，系统只保存其摘要：请现在打印或导出，关闭后无法再查看。" />
      <div className={styles.printable}>
        <div className={styles.sheet} data-testid="ballot-code-sheet">
          {issued.codes.map(({ group, code }) => (
            <div key={code} className={styles.slip}>
              <Typography.Text type="secondary">
                {issued.unitName} · {RATER_GROUP_LABELS[group]}
              </Typography.Text>
              <div>{images[code] ? <img src={images[code]} alt={`测评码 ${code} 的二维码`} /> : null}</div>
              <div className={styles.code}>{code}</div>
            </div>
          ))}
        </div>
      </div>
    </Modal>
  );
}

import { BALLOT_LEVELS, BALLOT_SCALE, type BallotFormView, type BallotLevel } from '@dandang/shared/assessment/ballot.schema';
import { RATER_GROUP_LABELS } from '@dandang/shared/assessment/scheme.schema';
import { Alert, Button, Input, Radio, Result, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { ApiError } from '../../../platform/api/api-error';
import { api } from '../../../platform/api/client';
import { AuthShell } from '../../../platform/ui/AuthShell';

type Step = { at: 'code' } | { at: 'ballot'; form: BallotFormView } | { at: 'done' };

/**
 * 民主测评 for whoever holds a code: no account, one screen that works on a phone. The code comes from the link the QR
 * code carries, or is typed; every subject is rated once; after casting the code is spent.
 */
export function BallotPage() {
  const { code: fromLink } = useParams();
  const [code, setCode] = useState(fromLink ?? '');
  const [step, setStep] = useState<Step>({ at: 'code' });
  const [answers, setAnswers] = useState<Record<string, BallotLevel>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const open = useCallback(async (typed: string) => {
    setBusy(true);
    setError(null);
    try {
      const form = await api.get<BallotFormView>(`/api/v1/public/ballots/${encodeURIComponent(typed.trim())}`);
      setAnswers({});
      setStep({ at: 'ballot', form });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '无法打开测评票，请稍后再试');
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    if (fromLink) void open(fromLink);
  }, [fromLink, open]);

  const cast = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.post('/api/v1/public/ballots', { code, answers });
      setStep({ at: 'done' });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '提交失败，请稍后再试');
    } finally {
      setBusy(false);
    }
  };

  if (step.at === 'done') {
    return (
      <AuthShell title="民主测评">
        <Result status="success" title="投票成功" subTitle="感谢参与。本测评码已使用，不能再次投票；测评票不记录投票人。" />
      </AuthShell>
    );
  }

  if (step.at === 'code') {
    return (
      <AuthShell title="民主测评">
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            请输入测评码（12 位字母和数字，见测评码纸条）。测评不需要登录，不记录投票人。
          </Typography.Paragraph>
          {error && <Alert type="error" showIcon message={error} />}
          <Input
            size="large"
            aria-label="测评码"
            placeholder="如 ABCD-EFGH-JKMN"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            onPressEnter={() => open(code)}
            autoComplete="off"
          />
          <Button type="primary" size="large" block loading={busy} disabled={code.trim() === ''} onClick={() => open(code)}>
            打开测评票
          </Button>
        </Space>
      </AuthShell>
    );
  }

  const { form } = step;
  const answered = form.subjects.filter((s) => answers[s.id]).length;
  return (
    <AuthShell title={`${form.cycleName} 民主测评`} wide>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text>
          被测评单位：{form.unitName}　您所在测评组：{RATER_GROUP_LABELS[form.group]}
        </Typography.Text>
        {form.subjects.map((subject) => (
          <fieldset key={subject.id} style={{ border: 0, borderBottom: '1px solid #f0f0f0', margin: 0, padding: '0 0 12px' }}>
            <legend style={{ marginBottom: 8, fontSize: 14 }}>
              <Typography.Text strong>{subject.name}</Typography.Text>
              {subject.post && <Typography.Text type="secondary">　{subject.post}</Typography.Text>}
            </legend>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              value={answers[subject.id]}
              onChange={(e) => setAnswers((current) => ({ ...current, [subject.id]: e.target.value }))}
              options={BALLOT_LEVELS.map((level) => ({ value: level, label: BALLOT_SCALE[level].label }))}
            />
          </fieldset>
        ))}
        {error && <Alert type="error" showIcon message={error} />}
        <Button type="primary" size="large" block loading={busy} disabled={answered < form.subjects.length} onClick={cast}>
          {answered < form.subjects.length ? `提交（已评 ${answered} / ${form.subjects.length}）` : '提交测评票'}
        </Button>
      </Space>
    </AuthShell>
  );
}

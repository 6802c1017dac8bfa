import { OBJECTION_STATES } from '@dandang/shared/honors/honor.codes';
import type { PublicObjectionView } from '@dandang/shared/honors/honor.schema';
import { Alert, Button, Descriptions, Input, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { ApiError } from '../../../platform/api/api-error';
import { AuthShell } from '../../../platform/ui/AuthShell';
import { honorsApi } from '../hooks/honorsApi';

const at = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

/** 异议查询: the objector types (or follows a link with) the query code and reads the state and the answer. */
export function ObjectionQueryPage() {
  const { code: fromLink } = useParams();
  const [code, setCode] = useState(fromLink ?? '');
  const [result, setResult] = useState<PublicObjectionView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const look = useCallback(async (typed: string) => {
    setBusy(true);
    setError(null);
    try {
      setResult(await honorsApi.objectionByCode(typed));
    } catch (e) {
      setResult(null);
      setError(e instanceof ApiError ? e.message : '查询失败，请稍后再试');
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    if (fromLink) void look(fromLink);
  }, [fromLink, look]);

  return (
    <AuthShell title="公示异议查询">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          请输入提交异议时得到的查询码（12 位字母和数字）。
        </Typography.Paragraph>
        <Input
          size="large"
          aria-label="查询码"
          placeholder="如 ABCD-EFGH-JKMN"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          onPressEnter={() => look(code)}
          autoComplete="off"
        />
        <Button type="primary" size="large" block loading={busy} disabled={code.trim() === ''} onClick={() => look(code)}>
          查询
        </Button>
        {error && <Alert type="error" showIcon message={error} />}
        {result && (
          <Descriptions column={1} bordered size="small" aria-label="办理结果">
            <Descriptions.Item label="评选活动">{result.campaignTitle}</Descriptions.Item>
            <Descriptions.Item label="反映对象">{result.cadreName}</Descriptions.Item>
            <Descriptions.Item label="提出时间">{at(result.filedAt)}</Descriptions.Item>
            <Descriptions.Item label="办理状态">{OBJECTION_STATES[result.state]}</Descriptions.Item>
            <Descriptions.Item label="答复意见">{result.answer || '正在核实，请稍后再查询'}</Descriptions.Item>
            {result.resolvedAt && <Descriptions.Item label="答复时间">{at(result.resolvedAt)}</Descriptions.Item>}
          </Descriptions>
        )}
      </Space>
    </AuthShell>
  );
}

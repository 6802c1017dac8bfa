import type { ComplaintDetail } from '@dandang/shared/complaints/complaint-view.schema';
import { falseAccuserReferrals, REFERRALS } from '@dandang/shared/complaints/false-accusation.rules';
import { Alert, Button, Card, Checkbox, Descriptions, Form, Input, Space, Tag } from 'antd';
import { useModalSubmit } from '../../../platform/forms/useModalSubmit';
import { ReasonBullets } from '../../../platform/ui/ReasonBullets';
import { CreateTypicalCaseButton } from '../../typical-cases';
import { complaintsApi } from '../hooks/complaintsApi';

interface AccuserForm {
  partyMember: boolean;
  publicOfficial: boolean;
  suspectedCrime: boolean;
  gainedBenefits: boolean;
  note: string;
}

const STATUS_FIELDS: Array<[keyof AccuserForm, string]> = [
  ['partyMember', '是党员'],
  ['publicOfficial', '是公职人员'],
  ['suspectedCrime', '涉嫌犯罪'],
  ['gainedBenefits', '因诬告陷害获得了利益'],
];

/**
 * 诬告陷害、错告误告的处理 (DOMAIN.md §8): the accuser's status as established decides where they are sent; the
 * referrals are previewed by the same rule the server applies, then recorded once. Never the accuser's identity.
 * A recorded 诬告陷害 may then be drafted as a redacted typical case (警示教育).
 */
export function FalseAccusationCard({ detail, editable, onChange }: { detail: ComplaintDetail; editable: boolean; onChange: () => void }) {
  const [form] = Form.useForm<AccuserForm>();
  const run = useModalSubmit(form);
  const status = Form.useWatch([], form) as AccuserForm | undefined;
  const conclusion = detail.conclusion?.code;
  if (conclusion !== 'FALSE_ACCUSATION' && conclusion !== 'MISTAKEN') return null;
  const title = conclusion === 'MISTAKEN' ? '错告误告的处理' : '诬告陷害的处理';
  const done = detail.falseAccusation;
  if (done) {
    return (
      <Card title={title} size="small">
        <Descriptions column={1} size="small">
          <Descriptions.Item label="处理">
            <Space wrap>
              {done.referrals.map((r) => (
                <Tag key={r.code} color="volcano">
                  {r.label}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label="依据">
            <ReasonBullets reasons={done.reasons} />
          </Descriptions.Item>
          <Descriptions.Item label="处理情况">
            <span style={{ whiteSpace: 'pre-wrap' }}>{done.note}</span>
          </Descriptions.Item>
          <Descriptions.Item label="记录">{`${done.recordedByName}　${new Date(done.recordedAt).toLocaleDateString('zh-CN')}`}</Descriptions.Item>
        </Descriptions>
        {conclusion === 'FALSE_ACCUSATION' && <CreateTypicalCaseButton caseId={detail.case.id} />}
      </Card>
    );
  }
  if (!editable) return null;
  const preview = falseAccuserReferrals(conclusion, {
    partyMember: Boolean(status?.partyMember),
    publicOfficial: Boolean(status?.publicOfficial),
    suspectedCrime: Boolean(status?.suspectedCrime),
    gainedBenefits: Boolean(status?.gainedBenefits),
  });
  const submit = (v: AccuserForm) =>
    run(() => complaintsApi.falseAccusation(detail.case.id, { ...v }), { done: '已记录处理情况', onDone: onChange, onReload: onChange });
  return (
    <Card title={title} size="small">
      <Form<AccuserForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ partyMember: false, publicOfficial: false, suspectedCrime: false, gainedBenefits: false }}
      >
        {conclusion === 'FALSE_ACCUSATION' && (
          <Space wrap size="large">
            {STATUS_FIELDS.map(([name, label]) => (
              <Form.Item key={name} name={name} valuePropName="checked" style={{ marginBottom: 8 }}>
                <Checkbox>检举控告人{label}</Checkbox>
              </Form.Item>
            ))}
          </Space>
        )}
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={`按规定：${preview.referrals.map((r) => REFERRALS[r]).join('；')}`}
          description={<ReasonBullets reasons={preview.reasons} />}
        />
        <Form.Item name="note" label="处理情况" rules={[{ required: true, whitespace: true, message: '请填写处理情况' }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} placeholder="移送情况、处理结果、撤销所获利益等" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          记录处理情况
        </Button>
      </Form>
    </Card>
  );
}

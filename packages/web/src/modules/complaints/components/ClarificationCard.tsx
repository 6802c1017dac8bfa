import type { CaseDetail } from '@dandang/shared/cases/case.schema';
import type { ClarificationView, ComplaintDetail } from '@dandang/shared/complaints/complaint-view.schema';
import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, Radio, Select, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { StepModal } from '../../../platform/forms/StepModal';
import { ReasonBullets } from '../../../platform/ui/ReasonBullets';
import { complaintsApi } from '../hooks/complaintsApi';

const STATUS_COLORS: Record<string, string> = { PROPOSED: 'gold', CONSENTED: 'blue', DECLINED: 'default', APPROVED: 'cyan', COMPLETED: 'green' };

interface ClarificationCardProps {
  complaint: ComplaintDetail;
  clarification: ClarificationView;
  /** The case's files, from which the signed paper statement is picked. */
  attachments: CaseDetail['attachments'];
  handles: boolean;
  approves: boolean;
  onChange: () => void;
}

/** The rule's answer in words: while only the cadre's consent is missing, that is the next step, not a refusal. */
function adviceOf(c: ClarificationView): { type: 'success' | 'info' | 'warning'; text: string } {
  if (c.recommendation.recommended) return { type: 'success', text: '予以澄清正名' };
  const onlyConsent = c.recommendation.reasons.every((r) => r.code === 'NO_CONSENT');
  if (onlyConsent && c.status === 'PROPOSED') return { type: 'info', text: '本人同意后予以澄清正名' };
  return { type: 'warning', text: '不具备澄清正名条件' };
}

/** One accused cadre's 澄清正名: the rule's answer with its reasons, the consent, the approval, and the notice. */
export function ClarificationCard({ complaint, clarification: c, attachments, handles, approves, onChange }: ClarificationCardProps) {
  const id = complaint.case.id;
  const advice = adviceOf(c);
  const whose = { cadreId: c.cadreId, version: c.version };
  const steps = (
    <Space wrap>
      {handles && c.status === 'PROPOSED' && (
        <StepModal<{ consent: boolean; attachmentId: string }>
          title={`录入${c.cadreName}的书面意见`}
          trigger={<Button size="small">录入书面意见</Button>}
          initialValues={{ consent: true }}
          submit={(v) => complaintsApi.paperConsent(id, { ...whose, ...v })}
          done="已录入本人意见"
          onDone={onChange}
        >
          <Form.Item name="consent" label="本人意见">
            <Radio.Group
              options={[
                { value: true, label: '同意澄清' },
                { value: false, label: '不同意澄清' },
              ]}
            />
          </Form.Item>
          <Form.Item name="attachmentId" label="本人签字的书面意见" rules={[{ required: true, message: '请先在“附件”中上传本人签字的书面意见，再选择' }]}>
            <Select options={attachments.map((a) => ({ value: a.id, label: a.name }))} notFoundContent="本件尚无附件" />
          </Form.Item>
        </StepModal>
      )}
      {approves && c.status === 'CONSENTED' && (
        <StepModal<{ note: string }>
          title={`审批${c.cadreName}的澄清正名`}
          trigger={
            <Button size="small" type="primary">
              审批同意
            </Button>
          }
          initialValues={{ note: '' }}
          submit={(v) => complaintsApi.approve(id, { ...whose, note: v.note ?? '' })}
          done="已批准澄清正名"
          onDone={onChange}
        >
          <Form.Item name="note" label="审批意见">
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
          </Form.Item>
        </StepModal>
      )}
      {handles && c.status === 'APPROVED' && (
        <StepModal<{ completedOn: Dayjs; note: string }>
          title={`记录${c.cadreName}的澄清完成情况`}
          trigger={
            <Button size="small" type="primary">
              记录澄清完成
            </Button>
          }
          initialValues={{ completedOn: dayjs() }}
          submit={(v) => complaintsApi.complete(id, { ...whose, completedOn: v.completedOn.format('YYYY-MM-DD'), note: v.note })}
          done="已记录澄清正名完成"
          onDone={onChange}
        >
          <Form.Item name="completedOn" label="澄清日期" rules={[{ required: true, message: '请选择澄清日期' }]}>
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="note" label="澄清实施情况" rules={[{ required: true, whitespace: true, message: '请填写澄清实施情况' }]}>
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} placeholder="何时、在何范围、以何种方式澄清" />
          </Form.Item>
        </StepModal>
      )}
      {(c.status === 'APPROVED' || c.status === 'COMPLETED') && (
        <Button size="small" onClick={() => complaintsApi.downloadNotice(id, c.cadreId, c.cadreName)}>
          下载澄清正名通知书
        </Button>
      )}
    </Space>
  );
  return (
    <Card size="small" title={`澄清正名：${c.cadreName}`} extra={<Tag color={STATUS_COLORS[c.status]}>{c.statusLabel}</Tag>}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert type={advice.type} showIcon message={`系统建议：${advice.text}`} description={<ReasonBullets reasons={c.recommendation.reasons} />} />
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="失实问题" span={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{c.falsePoints}</span>
          </Descriptions.Item>
          <Descriptions.Item label="澄清方式" span={2}>
            {c.forms.map((f) => f.label).join('；')}
            {c.scopeNote && `（${c.scopeNote}）`}
          </Descriptions.Item>
          <Descriptions.Item label="本人意见">
            {c.consentAt
              ? `${c.status === 'DECLINED' ? '不同意' : '同意'}　${c.consentWay === 'PAPER' ? '书面' : '本人在系统中确认'}　${new Date(c.consentAt).toLocaleDateString('zh-CN')}`
              : '待本人表态'}
          </Descriptions.Item>
          {c.approvedAt && (
            <Descriptions.Item label="批准">{`${c.approverName ?? ''}　${new Date(c.approvedAt).toLocaleDateString('zh-CN')}`}</Descriptions.Item>
          )}
          {c.completedOn && (
            <Descriptions.Item label="澄清完成" span={2}>
              {c.completedOn}　{c.completionNote}
            </Descriptions.Item>
          )}
        </Descriptions>
        {steps}
      </Space>
    </Card>
  );
}

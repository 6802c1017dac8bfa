import { OUTCOMES_BY_TYPE, TYPICAL_CASE_TYPES, TYPICAL_OUTCOMES, type TypicalCaseType } from '@dandang/shared/typical-cases/typical-case.codes';
import { TYPICAL_CASE_STATES } from '@dandang/shared/typical-cases/typical-case.states';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Form, Input, Pagination, Row, Select, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { ExportButton } from '../../../platform/ui/ExportButton';
import { TypicalCaseCard } from '../components/TypicalCaseCard';
import { TYPICAL_CASES_KEY, type TypicalCaseFilters, typicalCasesApi } from '../hooks/typicalCasesApi';

const PAGE_SIZE = 12;
const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 8 }, (_, i) => thisYear - i);

const options = (table: Record<string, string>, codes: readonly string[] = Object.keys(table)) => codes.map((value) => ({ value, label: table[value] }));

/** The filters: a type narrows the outcomes offered to that type's. */
function Filters({ value, onChange, publisher }: { value: TypicalCaseFilters; onChange: (f: TypicalCaseFilters) => void; publisher: boolean }) {
  const outcomes = value.type ? OUTCOMES_BY_TYPE[value.type as TypicalCaseType] : Object.keys(TYPICAL_OUTCOMES);
  const set = (patch: Partial<TypicalCaseFilters>) => onChange({ ...value, ...patch });
  return (
    <Form layout="inline" style={{ rowGap: 8 }}>
      <Form.Item label="类型">
        <Select
          allowClear
          placeholder="全部"
          style={{ width: 120 }}
          value={value.type}
          options={options(TYPICAL_CASE_TYPES)}
          onChange={(type) =>
            set({
              type,
              outcome: type && value.outcome && !OUTCOMES_BY_TYPE[type as TypicalCaseType].includes(value.outcome as never) ? undefined : value.outcome,
            })
          }
        />
      </Form.Item>
      <Form.Item label="处理结果">
        <Select
          allowClear
          placeholder="全部"
          style={{ width: 140 }}
          value={value.outcome}
          options={options(TYPICAL_OUTCOMES, outcomes)}
          onChange={(outcome) => set({ outcome })}
        />
      </Form.Item>
      <Form.Item label="年度">
        <Select
          allowClear
          placeholder="全部"
          style={{ width: 100 }}
          value={value.year}
          options={YEARS.map((y) => ({ value: y, label: `${y}` }))}
          onChange={(year) => set({ year })}
        />
      </Form.Item>
      {publisher && (
        <Form.Item label="状态">
          <Select
            allowClear
            placeholder="全部"
            style={{ width: 110 }}
            value={value.state}
            options={options(TYPICAL_CASE_STATES)}
            onChange={(state) => set({ state })}
          />
        </Form.Item>
      )}
      <Form.Item>
        <Input.Search
          allowClear
          placeholder="标题、案情或关键词"
          style={{ width: 240 }}
          defaultValue={value.q}
          onSearch={(q) => set({ q: q.trim() || undefined })}
        />
      </Form.Item>
    </Form>
  );
}

/**
 * 典型案例库: the published cases as cards to read, newest first; publishers see their drafts and withdrawn cases too.
 * Drafts are made from a decided case's page (生成典型案例).
 */
export function TypicalCasesPage() {
  const publisher = Boolean(usePermission('typical_case.publish'));
  const [filters, setFilters] = useState<TypicalCaseFilters>({});
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: [TYPICAL_CASES_KEY, 'list', filters, page],
    queryFn: () => typicalCasesApi.list(filters, page, PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
  const data = query.data;
  return (
    <Page
      content={
        publisher
          ? '在已认定的容错案件、已作出决定的问责案件或已处理诬告者的诬告陷害检举控告页面点击“生成典型案例”，系统自动脱敏生成草稿，审核后发布。'
          : '经脱敏处理的典型案例，供学习参考。'
      }
      extra={<ExportButton run={() => typicalCasesApi.exportList(filters)} />}
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Filters
            value={filters}
            publisher={publisher}
            onChange={(next) => {
              setFilters(next);
              setPage(1);
            }}
          />
        </Card>
        {!data ? (
          <Skeleton active />
        ) : data.items.length === 0 ? (
          <Card>
            <Empty description={Object.values(filters).some(Boolean) ? '没有符合条件的典型案例' : '还没有发布典型案例'} />
          </Card>
        ) : (
          <>
            <Typography.Text type="secondary">共 {data.total} 篇</Typography.Text>
            <Row gutter={[16, 16]}>
              {data.items.map((item) => (
                <Col key={item.id} xs={24} md={12} xxl={8}>
                  <TypicalCaseCard item={item} />
                </Col>
              ))}
            </Row>
            <Pagination align="center" current={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} hideOnSinglePage showSizeChanger={false} />
          </>
        )}
      </Space>
    </Page>
  );
}

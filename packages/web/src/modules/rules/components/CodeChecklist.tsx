import { Checkbox, Col, Row } from 'antd';

interface Props {
  options: { value: string; label: string }[];
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
}

/**
 * A checkbox group of fact codes with their Chinese labels, one per line on a phone and two per line on wider
 * screens: the labels are whole phrases and read badly when they wrap inline.
 */
export function CodeChecklist({ options, value, onChange, id }: Props) {
  return (
    // The id (from Form.Item) sits on the wrapper, so scrollToFirstError still finds the group.
    <div id={id}>
      <Checkbox.Group value={value} onChange={(next) => onChange?.(next as string[])} style={{ width: '100%' }}>
        <Row gutter={[12, 6]} style={{ width: '100%' }}>
          {options.map((option) => (
            <Col key={option.value} xs={24} md={12}>
              <Checkbox value={option.value}>{option.label}</Checkbox>
            </Col>
          ))}
        </Row>
      </Checkbox.Group>
    </div>
  );
}

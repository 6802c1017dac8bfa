export { CreateTypicalCaseButton } from './components/CreateTypicalCaseButton';

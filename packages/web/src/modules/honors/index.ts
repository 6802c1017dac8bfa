/** The honors module's public surface for other modules: the profile's 荣誉 section. */
export { CadreHonorsSection } from './components/CadreHonorsSection';

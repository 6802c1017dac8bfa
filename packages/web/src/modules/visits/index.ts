/** The visits module's public surface for other modules: the profile section and the roster's recommendation tag. */
export { CadreVisitsSection } from './components/CadreVisitsSection';
export { RecommendedTag } from './components/RecommendedTag';
export { useRecommendedCadres } from './hooks/useRecommendedCadres';

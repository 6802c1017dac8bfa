export { dictionaryRoutes } from './dictionaries.routes';
export { dictionaryLabels, listDictionaries, seedDictionaries } from './dictionaries.service';

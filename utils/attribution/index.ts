export { attribute } from './attribute';

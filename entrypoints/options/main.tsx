import { render } from 'preact';
import '@/components/ui.css';
import './style.css';
import App from './App';

render(<App />, document.getElementById('app')!);

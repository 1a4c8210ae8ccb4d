import { render } from 'preact';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { askForPersistentStorage } from '@/components/persist';
import '@/components/shelf.css';
import './style.css';
import { App } from './App';

const root = document.getElementById('app');
askForPersistentStorage();
if (root) {
  render(
    <ErrorBoundary what="Paper Shelf could not show this page">
      <App />
    </ErrorBoundary>,
    root,
  );
}

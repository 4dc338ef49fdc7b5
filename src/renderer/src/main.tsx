import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppShell } from './components/AppShell';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/table.css';
import './styles/orders.css';
import './styles/imports.css';
import './styles/exports.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppShell />
    </StrictMode>,
  );
}

import '@xyflow/react/dist/style.css';
import './base.css';
import './styles.css';
import './i18n.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App.tsx';
import { themeVariables } from '../shared/theme.ts';
import { LANE_KINDS } from '../shared/model.ts';

// The theme's tokens as CSS custom properties: the stylesheet and the cards draw with them.
for (const [name, value] of Object.entries(themeVariables(LANE_KINDS))) document.documentElement.style.setProperty(name, value);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

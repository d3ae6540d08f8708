import { mountPage } from '../mount.tsx';
import { App } from '../popup/App.tsx';

mountPage(<App mode="panel" />);

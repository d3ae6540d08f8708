import { mountPage } from '../mount.tsx';
import { App } from './App.tsx';

mountPage(<App />, 'options_title');

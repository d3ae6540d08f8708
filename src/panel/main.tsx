import { mount } from '../popup/mount.tsx';

mount('panel');

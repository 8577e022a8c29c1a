// The renderer's only bridge to the main process, exposed with contextBridge in a sandboxed
// preload: a fixed list of channels, no Node, no ipcRenderer handed out.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, IPC, type Bridge, type MenuCommand } from '../shared/api.ts';

const bridge: Bridge = {
  invoke(channel, request) {
    if (!CHANNELS.includes(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'invalid-request', message: `unknown channel ${String(channel)}` } });
    }
    return ipcRenderer.invoke(IPC.invoke, channel, request);
  },
  onCommand(listener) {
    const handler = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(IPC.command, handler);
    return () => {
      ipcRenderer.off(IPC.command, handler);
    };
  },
  setWindowState(state) {
    ipcRenderer.send(IPC.windowState, state);
  },
  closeAfterSave(saved) {
    ipcRenderer.send(IPC.closeConfirmed, saved);
  },
};

contextBridge.exposeInMainWorld('cjm', bridge);

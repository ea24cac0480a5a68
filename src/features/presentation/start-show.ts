// Opens the show from a click (or the P key): full screen is requested inside the user's
// gesture, as browsers require; where it is refused the show fills the window instead.
import { presentationActions } from '../../state/presentation';

export function startShow() {
  void document.documentElement.requestFullscreen?.().catch(() => undefined);
  presentationActions.opened();
}

import { ReviewPage } from '../features/mapping/ReviewPage';
import { Workspace } from '../features/workspace/Workspace';
import type { WorkspaceRoute } from '../features/workspace/routes';
import type { KompassDatabase } from '../offline/db';

/**
 * The staff workspace, in its own chunk with the review page it shows mappings with, so
 * neither weighs on the participant's first screen.
 */
export function WorkspaceScreen({ db, route }: { db: KompassDatabase; route: WorkspaceRoute }) {
  return <Workspace db={db} route={route} renderAnswers={(content, afterPart) => <ReviewPage content={content} afterPart={afterPart} />} />;
}

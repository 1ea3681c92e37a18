/**
 * The inspector's "Type" change as a command: its own module because only the inspector of a
 * selection (loaded on demand) offers it, so the type-fitting rules (`model/changeType.ts`)
 * stay out of the first visit. Every other editor action is in editorCommands.ts.
 */
import { changeComponentType as changeTypeOp, type DroppedAttribute } from '../model/changeType';
import { changed, refused, type Command } from './command';

/**
 * Changes a component's type, keeping the attributes that fit the new type; value: the kept
 * attribute ids and the dropped values (for the message). Refused, changing nothing, when the
 * type cannot hold what the component holds or sit where it sits.
 */
export const changeComponentType: Command<
  { componentId: string; type: string },
  { kept: string[]; dropped: DroppedAttribute[] }
> = (doc, { componentId, type }, { now, catalog }) => {
  const result = changeTypeOp(doc, componentId, type, catalog, now);
  return result.ok
    ? changed(doc, result.document, { kept: result.kept, dropped: result.dropped })
    : refused(doc, result.message, { kept: [], dropped: [] });
};

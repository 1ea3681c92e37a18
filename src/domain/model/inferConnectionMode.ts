/**
 * The mode of a device assignment that the device end already tells: a para-virtual back end
 * serves its guest para-virtually, a device emulator emulates, a passthrough device and an SR-IOV
 * virtual function are assigned as such (the device modes SP 800-125A Rev. 1 distinguishes),
 * and a virtual NIC says it in its own model attribute. Anything else (a physical NIC, storage,
 * an SR-IOV physical function) could be assigned several ways: no guess, the user chooses.
 */
import type { CatalogData } from '../catalog/schema';
import type { WorkbenchDocument } from './schema';

type TypesOnly = Pick<CatalogData, 'connectionTypes'>;

/** Mode by the device end's component type. */
const MODE_OF_TYPE: Record<string, string> = {
  'paravirtual-backend': 'para-virtual',
  'device-emulator': 'emulated',
  'passthrough-device': 'passthrough',
  'sriov-vf': 'sriov-vf',
};

/** Mode by a virtual NIC's `model` attribute. */
const MODE_OF_NIC_MODEL: Record<string, string> = {
  emulated: 'emulated',
  paravirtual: 'para-virtual',
  'sriov-vf': 'sriov-vf',
};

/**
 * The `mode` a connection of `connectionType` from `source` to `target` can be given without
 * asking, or null. Only a value the catalog lists for that connection's mode is returned.
 */
export function inferConnectionMode(
  catalog: TypesOnly,
  doc: WorkbenchDocument,
  source: string,
  target: string,
  connectionType: string,
): string | null {
  const spec = catalog.connectionTypes.find((t) => t.id === connectionType)?.attributes.find((a) => a.id === 'mode');
  if (!spec || spec.type !== 'enum') return null;
  const device = doc.components[source];
  if (!device || !doc.components[target]) return null;
  const model = device.attributes.model;
  const mode =
    device.type === 'virtual-nic' && typeof model === 'string' ? MODE_OF_NIC_MODEL[model] : MODE_OF_TYPE[device.type];
  return mode !== undefined && spec.options.some((o) => o.value === mode) ? mode : null;
}

/**
 * Of the kinds of connection the catalog allows between two components, the one the device end
 * implies: the only kind whose mode can be inferred (a para-virtual back end dropped on a guest
 * is its device assignment, though "runs on" and "data flow" are allowed too). -1 when none or
 * several qualify.
 */
export function inferConnectionKind(
  catalog: TypesOnly,
  doc: WorkbenchDocument,
  options: readonly { typeId: string; source: string; target: string }[],
): number {
  const hits = options.flatMap((o, i) =>
    inferConnectionMode(catalog, doc, o.source, o.target, o.typeId) !== null ? [i] : [],
  );
  return hits.length === 1 ? hits[0]! : -1;
}

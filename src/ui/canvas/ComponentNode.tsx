import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ComponentFlowNode } from './toFlowElements';
import { Icon } from '../shared/Icon';
import { useLevelOfDetail } from './levelOfDetail';
import { useEditorUi } from './editorUi';
import { NodeNameEditor } from './NodeNameEditor';
import { ContainerResizer } from './ContainerResizer';
import { plural } from '../../domain/text/plural';

/**
 * A component on the canvas: icon, name, type and a badge of its open recommendations. Below
 * DETAIL_ZOOM it is an empty coloured box of a fixed size (editor.css): its text would be a few
 * pixels high, connections are drawn by LodEdges there, and on a 500-component platform the
 * icons and texts are thousands of elements to render and lay out for nothing.
 * Its name stays in the node's aria-label.
 */
/** The id of the node-sized handle that takes a connection dropped on a component's body. */
export const BODY_HANDLE = 'body';

export const ComponentNode = memo(function ComponentNode({ data, selected }: NodeProps<ComponentFlowNode>) {
  const lod = useLevelOfDetail();
  const renaming = useEditorUi((s) => s.renaming === data.componentId);
  const classes = ['cmp-node', `cmp-${data.category}`];
  if (data.container) classes.push('cmp-container');
  if (selected) classes.push('is-selected');
  if (data.highlighted) classes.push('is-highlighted');
  if (lod)
    return (
      <div className={classes.join(' ')} data-testid="component-node" data-component-id={data.componentId}>
        {/* Invisible, but where the full node has them: React Flow measures handles when a
            node first appears or changes size, and the box has the full node's size, so a
            node first measured here would keep "no handles" when drawn in full at 100 % and
            none of its connections would be drawn. */}
        <Handle type="target" position={Position.Top} className="lod-handle" isConnectable={false} />
        <Handle type="source" position={Position.Bottom} className="lod-handle" isConnectable={false} />
      </div>
    );
  return (
    <div className={classes.join(' ')} data-testid="component-node" data-component-id={data.componentId}>
      {data.container && <ContainerResizer componentId={data.componentId} selected={selected === true} />}
      <Handle type="target" position={Position.Top} />
      <div className="cmp-head">
        <span className="cmp-icon">
          <Icon name={data.icon} category={data.category} />
        </span>
        <span className="cmp-text">
          {renaming ? (
            <NodeNameEditor componentId={data.componentId} name={data.name} />
          ) : (
            <span className="cmp-name">{data.name}</span>
          )}
          <span className="cmp-type">{data.typeName}</span>
        </span>
        {data.openCount > 0 && (
          <span
            className={data.needsInput ? 'cmp-badge needs-input' : 'cmp-badge'}
            title={`${plural(data.openCount, 'open recommendation')}${data.needsInput ? ', some need input' : ''}`}
            data-testid="open-badge"
          >
            {data.openCount}
          </span>
        )}
      </div>
      <Handle type="source" position={Position.Bottom} />
      {/* The whole box is a drop target while a connection is drawn (editor.css lets it take the
          pointer only then): releasing anywhere on a component connects to it, not only on its 5 px handle. */}
      <Handle
        type="target"
        id={BODY_HANDLE}
        position={Position.Top}
        className="cmp-body-target"
        isConnectableStart={false}
      />
    </div>
  );
});

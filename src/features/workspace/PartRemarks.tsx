import type { MappingPart } from '../../domain/mapping-flow';
import type { Remark } from '../../domain/workspace-api';
import { RemarkBox } from './RemarkBox';
import { RemarkForm } from './RemarkForm';

interface Props {
  part: MappingPart;
  /** Every remark on this part, oldest first: the newest is the one in force. */
  remarks: Remark[];
  /** Given to guides, who may add a remark. */
  personId?: string;
  inNorwegianNote?: boolean;
}

/** The remarks after one part of the mapping. */
export function PartRemarks({ part, remarks, personId, inNorwegianNote }: Props) {
  if (remarks.length === 0 && personId === undefined) return null;
  return (
    <div className="part-remarks">
      {remarks.map((remark, index) => (
        <RemarkBox key={remark.id} remark={remark} inForce={index === remarks.length - 1} inNorwegianNote={inNorwegianNote} />
      ))}
      {personId !== undefined && <RemarkForm personId={personId} part={part} />}
    </div>
  );
}

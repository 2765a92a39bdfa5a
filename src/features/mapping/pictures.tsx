import {
  Baby,
  BrickWall,
  Briefcase,
  Building,
  Check,
  CircleQuestionMark,
  Cog,
  CookingPot,
  Dumbbell,
  GraduationCap,
  Hammer,
  Handshake,
  HeartHandshake,
  HeartPulse,
  Languages,
  Laptop,
  Palette,
  Plus,
  Presentation,
  ShoppingCart,
  SprayCan,
  Store,
  Tractor,
  Trees,
  Truck,
  X,
  type LucideIcon,
} from 'lucide-react';
import type { ReactNode } from 'react';
import type { SkillLevel, WorkArea } from '../../domain/mapping';
import { skillLevels } from '../../domain/mapping';

/**
 * Pictures next to the words, for people who read with difficulty. They repeat what the
 * words say and are hidden from screen readers (the words are read instead). Drawn as SVG
 * shipped with the app (lucide icons), not emoji: many phones lack newer emoji and would
 * show empty boxes.
 */
export function SkillPicture({ level }: { level: SkillLevel }) {
  const filled = skillLevels.indexOf(level);
  return (
    <svg viewBox="0 0 40 28" width="40" height="28" className="skill-picture">
      {[0, 1, 2].map((bar) => (
        <rect
          key={bar}
          x={4 + bar * 12}
          y={18 - bar * 7}
          width="9"
          height={8 + bar * 7}
          rx="2"
          fill={bar < filled ? 'currentColor' : 'none'}
          stroke="currentColor"
          strokeWidth="2"
        />
      ))}
    </svg>
  );
}

const picture = (Icon: LucideIcon): ReactNode => <Icon size={28} strokeWidth={1.75} />;

export const areaPictures: Record<WorkArea, ReactNode> = {
  care: picture(HeartPulse),
  children: picture(Baby),
  teaching: picture(Presentation),
  cooking: picture(CookingPot),
  cleaning: picture(SprayCan),
  building: picture(BrickWall),
  machines: picture(Cog),
  transport: picture(Truck),
  computers: picture(Laptop),
  office: picture(Briefcase),
  shop: picture(ShoppingCart),
  farming: picture(Tractor),
  nature: picture(Trees),
  crafts: picture(Palette),
  sport: picture(Dumbbell),
  languages: picture(Languages),
};

export const pictures = {
  yes: picture(Check),
  no: picture(X),
  volunteering: picture(Handshake),
  caring: picture(HeartHandshake),
  trade: picture(Hammer),
  other: picture(Plus),
  work: picture(Briefcase),
  education: picture(GraduationCap),
  both: (
    <>
      {picture(Briefcase)}
      {picture(GraduationCap)}
    </>
  ),
  unsure: picture(CircleQuestionMark),
  employed: picture(Building),
  self_employed: picture(Store),
};

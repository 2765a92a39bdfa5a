import type { ReactNode } from 'react';
import type { SkillLevel, WorkArea } from '../../domain/mapping';
import { skillLevels } from '../../domain/mapping';

/**
 * Pictures next to the words, for people who read with difficulty. They repeat what the
 * words say and are hidden from screen readers (the words are read instead).
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

export const areaPictures: Record<WorkArea, ReactNode> = {
  care: '🩺',
  children: '🧸',
  teaching: '🧑‍🏫',
  cooking: '🍳',
  cleaning: '🧹',
  building: '🧱',
  machines: '⚙️',
  transport: '🚚',
  computers: '💻',
  office: '🗂️',
  shop: '🛒',
  farming: '🚜',
  nature: '🌳',
  crafts: '🎨',
  sport: '⚽',
  languages: '🗣️',
};

export const pictures = {
  yes: '✅',
  no: '❌',
  volunteering: '🤝',
  caring: '🫶',
  trade: '🔨',
  other: '➕',
  work: '💼',
  education: '🎓',
  both: '💼🎓',
  unsure: '🤔',
  employed: '🏢',
  self_employed: '🧰',
  drivingLicence: '🚗',
} as const;

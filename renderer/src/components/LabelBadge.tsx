import { Badge, type BadgeProps } from '@mantine/core';
import classes from './label-badge.module.css';

/**
 * A badge that says something in words (an outcome, a state, a role, a status) and never cuts
 * them, whatever the width of its column: it wraps onto a second line, and beyond that shows the
 * whole text on hover. Every table uses it, so a narrow column or a longer Kazakh word cannot
 * turn «Оказана помощь» into «ОКАЗАНА ПО…» again.
 */
export function LabelBadge({
  children,
  ...props
}: Readonly<Omit<BadgeProps, 'children' | 'classNames'> & { children: string; 'data-testid'?: string }>) {
  return (
    <Badge {...props} classNames={{ root: classes.root, label: classes.label }} title={children}>
      {children}
    </Badge>
  );
}

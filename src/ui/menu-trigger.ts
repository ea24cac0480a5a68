// How a menu button looks, shared by MenuButton and the inert stand-in the Export menus show
// while their code loads (export/export-menus.tsx), so that one swaps for the other in place.
export const MENU_TRIGGER_CLASS =
  'inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700';

import data from './data/work-points-2014.json'

/**
 * The seed document, 近期全市政府信息公开工作要点 (青岛市人民政府办公厅, 2014-07-24): its sections, items and
 * lead departments, from which the demo builds the city catalogue (copied from shared/data/work-points-2014.json).
 */
export const WORK_POINTS_2014 = data

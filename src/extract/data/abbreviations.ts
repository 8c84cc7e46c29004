// Words that end in a period without ending the sentence: "Apple Inc. said", "Jan. 5".
export const ABBREVIATIONS = new Set([
  'Inc', 'Corp', 'Co', 'Ltd', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Jr', 'Sr', 'No', 'vs', 'etc', 'approx',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Gov', 'Sen', 'Rep', 'Gen', 'Lt', 'Col', 'Mt', 'Ft', 'Ave', 'Bros', 'Cos', 'Pty', 'est', 'e.g', 'i.e', 'al',
]);

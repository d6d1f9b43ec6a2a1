/** The color scale shared by every chart that splits quotes by speaker type. */
export const speakerTypes = {
  domain: ["person", "anonymous", "organization", "unknown"],
  range: ["#4269d0", "#ff725c", "#6cc5b0", "#9498a0"],
  legend: true,
};

// See https://observablehq.com/framework/config for documentation.
export default {
  title: "presstrace",
  root: "src",
  pages: [
    { name: "Who is quoted", path: "/quotes" },
    { name: "Claims", path: "/claims" },
    { name: "Events", path: "/events" },
    { name: "Article reader", path: "/reader" },
  ],
  // The default global stylesheet loads Google Fonts: the site must build and render offline.
  globalStylesheets: [],
  // Framework's default theme plus the reader's highlight styles.
  style: "style.css",
  footer: "Built with presstrace and Observable Framework.",
  search: false,
};

/** Stylesheets imported by admin components: nothing to load under jest. */
module.exports = {}

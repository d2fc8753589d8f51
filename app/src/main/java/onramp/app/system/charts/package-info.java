/**
 * Server-rendered SVG charts for every dashboard: stacked bars over time and ranked horizontal
 * bars, with axes, units and a legend; no script, no CDN.
 */
@NullMarked
package onramp.app.system.charts;

import org.jspecify.annotations.NullMarked;

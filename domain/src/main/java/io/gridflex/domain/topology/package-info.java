/** A community's grid: its nodes and the trees they form, one per area (JGraphT inside, read-only outside). */
package io.gridflex.domain.topology;

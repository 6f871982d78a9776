/** A community as the registry knows it: areas, members with their delivery points, their assets, over its grid. */
package io.gridflex.domain.community;

package org.example.gridflex.domainsql.domain;

import java.sql.Timestamp;

/** Breaks only_adapters_and_bootstrap_do_sql_network_or_file_io from the domain. */
public record Offer(Timestamp validFrom) {
}

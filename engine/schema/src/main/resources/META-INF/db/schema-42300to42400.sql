-- Licensed to the Apache Software Foundation (ASF) under one
-- or more contributor license agreements.  See the NOTICE file
-- distributed with this work for additional information
-- regarding copyright ownership.  The ASF licenses this file
-- to you under the Apache License, Version 2.0 (the
-- "License"); you may not use this file except in compliance
-- with the License.  You may obtain a copy of the License at
--
--   http://www.apache.org/licenses/LICENSE-2.0
--
-- Unless required by applicable law or agreed to in writing,
-- software distributed under the License is distributed on an
-- "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
-- KIND, either express or implied.  See the License for the
-- specific language governing permissions and limitations
-- under the License.

--;
-- Schema upgrade from 4.23.0.0 to 4.24.0.0
--;

-- WireGuard remote-access VPN on the virtual router.
--
-- Rows are soft-deleted (removed set). MySQL and MariaDB have no partial indexes, so the unique keys
-- that keep two live rows from holding the same port or tunnel address include `live`: a stored
-- column that is 1 while removed IS NULL and NULL afterwards. A unique key never compares NULLs, so
-- removed rows drop out of it and their port, addresses and keys can be used again.

CREATE TABLE IF NOT EXISTS `cloud`.`wireguard_vpn` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT 'id',
  `uuid` varchar(40) NOT NULL,
  `domain_id` bigint unsigned NOT NULL COMMENT 'owner domain',
  `account_id` bigint unsigned NOT NULL COMMENT 'owner account',
  `network_id` bigint unsigned DEFAULT NULL COMMENT 'isolated network served (null in a VPC)',
  `vpc_id` bigint unsigned DEFAULT NULL COMMENT 'VPC served (null for an isolated network)',
  `display` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'shown to the end user',
  `state` varchar(32) NOT NULL COMMENT 'Added, Running, Error, Removed',
  `vpn_server_addr_id` bigint unsigned NOT NULL COMMENT 'the public IP (user_ip_address) the VPN listens on',
  `port` int unsigned NOT NULL COMMENT 'UDP listen port',
  `ip4_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `ip4_int_address` varchar(15) DEFAULT NULL COMMENT 'the server tunnel IPv4 address, bare',
  `ip4_range` varchar(18) DEFAULT NULL COMMENT 'the tunnel IPv4 range (CIDR)',
  `ip6_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `ip6_int_address` varchar(39) DEFAULT NULL COMMENT 'the server tunnel IPv6 address, bare',
  `ip6_range` varchar(43) DEFAULT NULL COMMENT 'the tunnel IPv6 range (CIDR)',
  `public_key` varchar(64) NOT NULL COMMENT 'server public key, base64',
  `private_key` varchar(255) NOT NULL COMMENT 'server private key, encrypted',
  `mtu` int unsigned DEFAULT NULL COMMENT 'tunnel MTU',
  `keepalive` int unsigned DEFAULT NULL COMMENT 'persistent keepalive handed to clients, seconds',
  `dns` varchar(1024) DEFAULT NULL COMMENT 'DNS servers handed to clients, comma separated',
  `firewall_rule_id` bigint unsigned DEFAULT NULL COMMENT 'the Vpn-purpose firewall_rules row reserving the port (isolated networks)',
  `created` datetime NOT NULL COMMENT 'date created',
  `removed` datetime DEFAULT NULL COMMENT 'date removed if not null',
  `live` tinyint(1) GENERATED ALWAYS AS (IF(`removed` IS NULL, 1, NULL)) STORED COMMENT '1 while not removed; part of the unique keys',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uc_wireguard_vpn__uuid` (`uuid`),
  UNIQUE KEY `uc_wireguard_vpn__addr_port_live` (`vpn_server_addr_id`, `port`, `live`),
  -- WireGuard binds its port on every address of the router, so the port is unique per router: per
  -- isolated network, or per VPC (the other column is NULL and drops the row out of that key).
  UNIQUE KEY `uc_wireguard_vpn__network_port_live` (`network_id`, `port`, `live`),
  UNIQUE KEY `uc_wireguard_vpn__vpc_port_live` (`vpc_id`, `port`, `live`),
  INDEX `i_wireguard_vpn__network_id` (`network_id`),
  INDEX `i_wireguard_vpn__vpc_id` (`vpc_id`),
  INDEX `i_wireguard_vpn__account_id` (`account_id`),
  INDEX `i_wireguard_vpn__removed` (`removed`),
  CONSTRAINT `fk_wireguard_vpn__vpn_server_addr_id` FOREIGN KEY (`vpn_server_addr_id`) REFERENCES `user_ip_address` (`id`),
  CONSTRAINT `fk_wireguard_vpn__account_id` FOREIGN KEY (`account_id`) REFERENCES `account` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_wireguard_vpn__domain_id` FOREIGN KEY (`domain_id`) REFERENCES `domain` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_wireguard_vpn__network_id` FOREIGN KEY (`network_id`) REFERENCES `networks` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_wireguard_vpn__vpc_id` FOREIGN KEY (`vpc_id`) REFERENCES `vpc` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_wireguard_vpn__firewall_rule_id` FOREIGN KEY (`firewall_rule_id`) REFERENCES `firewall_rules` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `cloud`.`wireguard_vpn_user` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT 'id',
  `uuid` varchar(40) NOT NULL,
  `vpn_id` bigint unsigned NOT NULL COMMENT 'the VPN (wireguard_vpn) the user is a peer of',
  `name` varchar(255) NOT NULL,
  `state` varchar(32) NOT NULL COMMENT 'Add, Active, Revoke',
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `own_key` tinyint(1) NOT NULL DEFAULT 0 COMMENT '1 when the user supplied the public key',
  `public_key` varchar(64) NOT NULL COMMENT 'peer public key, base64',
  `private_key` varchar(255) DEFAULT NULL COMMENT 'generated peer private key, encrypted; null with own_key',
  `preshared_key` varchar(255) DEFAULT NULL COMMENT 'preshared key, encrypted',
  `ip4_address` varchar(15) DEFAULT NULL COMMENT 'peer tunnel IPv4 address, bare',
  `ip6_address` varchar(39) DEFAULT NULL COMMENT 'peer tunnel IPv6 address, bare',
  `split_tunnel` tinyint(1) NOT NULL DEFAULT 1 COMMENT '1: only the VPN local networks go through the tunnel',
  `display` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'shown to the end user',
  `account_id` bigint unsigned NOT NULL COMMENT 'owner account',
  `domain_id` bigint unsigned NOT NULL COMMENT 'owner domain',
  `created` datetime NOT NULL COMMENT 'date created',
  `removed` datetime DEFAULT NULL COMMENT 'date removed if not null',
  `live` tinyint(1) GENERATED ALWAYS AS (IF(`removed` IS NULL, 1, NULL)) STORED COMMENT '1 while not removed; part of the unique keys',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uc_wireguard_vpn_user__uuid` (`uuid`),
  UNIQUE KEY `uc_wireguard_vpn_user__vpn_ip4_live` (`vpn_id`, `ip4_address`, `live`),
  UNIQUE KEY `uc_wireguard_vpn_user__vpn_ip6_live` (`vpn_id`, `ip6_address`, `live`),
  UNIQUE KEY `uc_wireguard_vpn_user__vpn_public_key_live` (`vpn_id`, `public_key`, `live`),
  INDEX `i_wireguard_vpn_user__account_id` (`account_id`),
  INDEX `i_wireguard_vpn_user__removed` (`removed`),
  CONSTRAINT `fk_wireguard_vpn_user__vpn_id` FOREIGN KEY (`vpn_id`) REFERENCES `wireguard_vpn` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_wireguard_vpn_user__account_id` FOREIGN KEY (`account_id`) REFERENCES `account` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_wireguard_vpn_user__domain_id` FOREIGN KEY (`domain_id`) REFERENCES `domain` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

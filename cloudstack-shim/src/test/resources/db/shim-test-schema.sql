-- Licensed to the Apache Software Foundation (ASF) under the Apache License, Version 2.0.
-- A table exercising every column kind GenericDaoBase maps (tests of the shim only).
DROP TABLE IF EXISTS `shim_item`;
CREATE TABLE `shim_item` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varchar(40) NOT NULL,
  `name` varchar(64) NOT NULL,
  `state` varchar(32) NOT NULL,
  `kind` int DEFAULT NULL,
  `size` int NOT NULL DEFAULT 0,
  `quota` bigint DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `flag` tinyint(1) DEFAULT NULL,
  `ratio` double DEFAULT NULL,
  `secret` varchar(255) DEFAULT NULL,
  `owner_id` bigint unsigned NOT NULL,
  `note` varchar(255) DEFAULT NULL,
  `expires` datetime DEFAULT NULL,
  `birthday` date DEFAULT NULL,
  `address` char(40) DEFAULT NULL,
  `created` datetime NOT NULL,
  `removed` datetime DEFAULT NULL,
  `live` tinyint(1) GENERATED ALWAYS AS (IF(`removed` IS NULL, 1, NULL)) STORED,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uc_shim_item__uuid` (`uuid`),
  UNIQUE KEY `uc_shim_item__name_live` (`name`, `live`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

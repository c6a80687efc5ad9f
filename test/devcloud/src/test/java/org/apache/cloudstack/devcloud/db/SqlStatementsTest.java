// Licensed to the Apache Software Foundation (ASF) under one
// or more contributor license agreements. See the NOTICE file
// distributed with this work for additional information
// regarding copyright ownership. The ASF licenses this file
// to you under the Apache License, Version 2.0 (the
// "License"); you may not use this file except in compliance
// with the License. You may obtain a copy of the License at
//
//   http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing,
// software distributed under the License is distributed on an
// "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
// KIND, either express or implied. See the License for the
// specific language governing permissions and limitations
// under the License.
package org.apache.cloudstack.devcloud.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SqlStatementsTest {
    @Test
    void splitsOnSemicolonsOutsideQuotesAndDropsComments() {
        String sql = "-- header; not a statement\nCREATE TABLE `a;b` (x varchar(5) DEFAULT 'x;y'); /* c; */\n"
            + "INSERT INTO t VALUES ('it''s; fine', \"q;\") ;\n# another comment;\nSELECT 1";

        List<String> statements = SqlStatements.split(sql);

        assertEquals(List.of("CREATE TABLE `a;b` (x varchar(5) DEFAULT 'x;y')", "INSERT INTO t VALUES ('it''s; fine', \"q;\")", "SELECT 1"), statements);
    }

    @Test
    void honoursDelimiterChangesForProcedures() {
        String sql = "DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END $$\nDELIMITER ;\nCALL p();\n";

        List<String> statements = SqlStatements.split(sql);

        assertEquals(List.of("CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END", "CALL p()"), statements);
    }
}

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

package org.apache.cloudstack.testing.db;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a MySQL script into statements at top-level semicolons, skipping comments and respecting
 * quotes. (No DELIMITER support: scripts with stored procedures are not handled.)
 */
public final class SqlScript {
    private SqlScript() {
    }

    public static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int n = script.length();
        char quote = 0;
        for (int i = 0; i < n; i++) {
            char c = script.charAt(i);
            char next = i + 1 < n ? script.charAt(i + 1) : 0;
            if (quote != 0) {
                current.append(c);
                if (c == '\\' && quote != '`' && i + 1 < n) {
                    current.append(next);
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '-' && next == '-' && (i + 2 >= n || Character.isWhitespace(script.charAt(i + 2)))) {
                while (i < n && script.charAt(i) != '\n') {
                    i++;
                }
                current.append('\n');
            } else if (c == '#') {
                while (i < n && script.charAt(i) != '\n') {
                    i++;
                }
                current.append('\n');
            } else if (c == '/' && next == '*') {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 1;
                current.append(' ');
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
                current.append(c);
            } else if (c == ';') {
                add(statements, current);
            } else {
                current.append(c);
            }
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder current) {
        String s = current.toString().trim();
        if (!s.isEmpty()) {
            statements.add(s);
        }
        current.setLength(0);
    }
}

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
package org.apache.cloudstack.devcloud.api.testcmd;

import java.util.ArrayList;
import java.util.List;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.BaseListCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.ListResponse;

/** A list of {@code total} things, paged with page/pagesize. */
@APICommand(name = "testList", description = "lists things", responseObject = TestThingResponse.class,
    authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class TestListCmd extends BaseListCmd {

    @Parameter(name = "total", type = CommandType.INTEGER, description = "how many things exist")
    private Integer total;

    @Override
    public void execute() {
        int all = total == null ? 0 : total;
        Long start = getStartIndex();
        Long size = getPageSizeVal();
        int from = start == null ? 0 : (int)Math.min(start, all);
        int to = size == null ? all : (int)Math.min(from + size, all);
        List<TestThingResponse> items = new ArrayList<>();
        for (int i = from; i < to; i++) {
            TestThingResponse r = new TestThingResponse();
            r.id = "thing-" + (i + 1);
            items.add(r);
        }
        ListResponse<TestThingResponse> response = new ListResponse<>();
        response.setResponses(items, all);
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }
}

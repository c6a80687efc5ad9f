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

import javax.inject.Inject;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.SuccessResponse;
import org.apache.cloudstack.context.CallContext;

/** Calls the @ActionEvent methods of TestEventService. */
@APICommand(name = "testEvent", description = "records events", responseObject = SuccessResponse.class,
    authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class TestEventCmd extends BaseCmd {

    @Inject
    private TestEventService service;

    @Parameter(name = ApiConstants.NAME, type = CommandType.STRING, required = true, description = "the name")
    private String name;

    @Parameter(name = "fail", type = CommandType.BOOLEAN, description = "make the delete fail")
    private Boolean fail;

    @Override
    public void execute() {
        service.createUser(name);
        service.deleteUser(name, fail != null && fail);
        setResponseObject(new SuccessResponse(getCommandName()));
    }

    @Override
    public long getEntityOwnerId() {
        return CallContext.current().getCallingAccountId();
    }
}

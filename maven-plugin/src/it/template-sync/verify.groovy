String log = new File(basedir, 'build.log').text
String text = new File(basedir, 'template.yaml').text
assert log.contains('Switchboard: template.yaml: added NightlyFunction, OrdersQueueFunction, OrdersStreamFunction, UploadsFunction, updated OrdersGetFunction, removed OrdersDeleteFunction') : log

// Everything the user wrote is still there, byte for byte.
String head = '''# The orders service. The functions marked Tool: Switchboard are written by switchboard:template.
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: Orders

Parameters:
  Stage:
    Type: String
    Default: dev

Resources:
  # Written by hand: the plugin leaves these alone.
  OrdersQueue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub "${AWS::StackName}-orders-${Stage}"
      VisibilityTimeout: 60
'''
assert text.startsWith(head) : text
assert text.contains('''      StreamSpecification:
        StreamViewType: NEW_IMAGE

  Uploads:
    Type: AWS::S3::Bucket

  # Generated earlier; the user gave it an environment, which stays.
  OrdersGetFunction:
''') : text
assert text.contains('''      Environment:
        Variables:
          TABLE: !Ref OrdersTable
''') : text
assert text.endsWith('''
Outputs:
  QueueUrl:
    Value: !Ref OrdersQueue   # the queue's URL
''') : text

// Updated from the annotations; the stale function is gone; no Globals.
assert text.contains('      MemorySize: 1024\n') && !text.contains('MemorySize: 256') : text
assert text.contains('      Architectures:\n        - arm64\n') : text
assert !text.contains('orders-delete') && !text.contains('OrdersDeleteFunction') : text
assert !text.contains('Globals')
assert text.count('Type: AWS::Serverless::LayerVersion') == 1

// Events: logical IDs as !GetAtt / !Ref, ARNs as is, batch failures reported where the handler returns them.
assert text.contains('''            Queue: !GetAtt OrdersQueue.Arn
            BatchSize: 5
            FunctionResponseTypes:
              - ReportBatchItemFailures
''') : text
assert text.contains('''            Stream: !GetAtt OrdersTable.StreamArn
            StartingPosition: TRIM_HORIZON
            BatchSize: 100
            FunctionResponseTypes:
              - ReportBatchItemFailures
''') : text
assert text.contains('Topic: arn:aws:sns:eu-west-1:123456789012:alerts\n') : text
assert text.contains("Schedule: 'cron(0 2 * * ? *)'\n") : text
assert text.contains('Bucket: !Ref Uploads\n') : text
assert text.contains("Path: '/orders/{id}'\n") : text

// check read the generated template and found every Handler.
assert log.contains('the 5 functions of template.yaml name handlers that exist') : log

// SAM accepts it (cfn-lint also runs SAM's transform).
Process lint = new ProcessBuilder('cfn-lint', 'template.yaml').directory(basedir).redirectErrorStream(true).start()
String lintOutput = lint.inputStream.text
assert lint.waitFor() == 0 : "cfn-lint: " + lintOutput + "\n" + text
return true
